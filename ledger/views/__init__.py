"""The read models: every figure the window and the papers show, built from a replayed book (one per concept:
loan cards, cash book, meeting rows, recap rows, statements). Import the rules and the model, never storage."""
