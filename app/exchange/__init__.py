"""Moving data in and out of Lägesbild: JSON exchange, Excel and CSV exports."""
