"""Field maps: the printed A4/A3 task map (atlas) of each clearance task."""
