import gc

from loaders import collector


def test_collecting_less_raises_the_young_threshold_and_puts_it_back():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with collector.collecting_less():
            assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_collect_less_never_lowers_a_higher_threshold():
    before = gc.get_threshold()
    try:
        gc.set_threshold(50_000, 5, 20)
        collector.collect_less()
        assert gc.get_threshold() == (50_000, 5, 20)
        gc.set_threshold(700, 5, 20)
        collector.collect_less()
        assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 5, 20)
    finally:
        gc.set_threshold(*before)


def test_the_threshold_is_put_back_when_the_block_raises():
    before = gc.get_threshold()
    try:
        with collector.collecting_less():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.get_threshold() == before
