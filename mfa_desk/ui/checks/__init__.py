"""The translation checks panel and its debounced runner."""
