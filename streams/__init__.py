"""What defines wirestream's stream: settings, topics, codecs, metrics, broker, app, CLI."""
