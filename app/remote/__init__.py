"""Adapters to practice-management systems behind one interface (Cliniko first)."""
