"""The exact-match response cache: keys, stores (in process, Redis) and stream replay."""
