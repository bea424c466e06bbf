<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Rendering" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0">
  <!-- work_days has no geometry: nothing to draw; the form comes from the data model. -->
</qgis>
