"""The Telegram adapter: python-telegram-bot 22 over the qa engine and conversation layer."""
