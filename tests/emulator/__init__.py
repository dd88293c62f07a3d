"""An independent Cliniko API emulator, written from the public documentation summary alone.

    store = EmulatorStore()
    ...seed it (store.add_business(...), store.add_appointment(...))...
    with ClinikoEmulator(store) as emulator:
        run `frontdesk sync --base-url emulator.base_url` with `emulator.options.api_key`

It shares nothing with the app (not even the sandbox): the point is to catch assumptions the client
makes that the documentation does not promise. Where the documentation leaves latitude, it takes the
less obvious reading (see each module's docstring).
"""

from tests.emulator.render import RenderContext, TimeStyle
from tests.emulator.server import ClinikoEmulator, EmulatorOptions, SeenRequest
from tests.emulator.store import EmulatorClock, EmulatorStore, Row

__all__ = [
    "ClinikoEmulator",
    "EmulatorClock",
    "EmulatorOptions",
    "EmulatorStore",
    "RenderContext",
    "Row",
    "SeenRequest",
    "TimeStyle",
]
