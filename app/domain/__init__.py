"""Plain domain types and rules. No I/O, no Qt: everything here is testable in isolation."""
