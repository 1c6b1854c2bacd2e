"""The demo community description (community.json), read by station_app.demo."""
