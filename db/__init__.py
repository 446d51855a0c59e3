"""Data layer of Diaspora Events: models, engine set-up, migrations, queries. No Qt here."""
