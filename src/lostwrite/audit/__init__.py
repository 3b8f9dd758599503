"""``lostwrite audit``: every background, deferred or error-handled write site, with a verdict."""
