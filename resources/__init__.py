"""Icons, fonts and translations shipped with kasbuku."""
