"""Logic of the plugin: takes layers or paths and returns values; no widgets, no iface."""
