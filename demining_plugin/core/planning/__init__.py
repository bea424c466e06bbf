"""Planning from the store's own figures: productivity per team-day, the forecast of what is
left (team-days, finishing dates, cost) and the priorities of open hazards."""
