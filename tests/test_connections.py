from helpers import chain, network, node

from netdesigner.core.connections import connection_error, id_stem, new_node_id
from netdesigner.core.spec import LayerNode


def test_id_stems_and_fresh_ids() -> None:
    assert id_stem("MaxPooling2D") == "max_pooling2d"
    assert id_stem("BatchNormalization") == "batch_normalization"
    assert LayerNode(id=id_stem("GlobalAveragePooling2D") + "_1", type="GlobalAveragePooling2D")
    assert new_node_id("Dense", ["dense_1", "dense_3"]) == "dense_2"
    assert new_node_id("Input", []) == "input"
    assert new_node_id("Input", ["input"]) == "input_1"


def test_connections_into_merges_are_allowed_but_loops_are_not() -> None:
    net = network(
        [node("i", "Input", format="flat"), node("a", "Dense"), node("b", "Dense"), node("m", "Add")],
        [("i", "a"), ("i", "b"), ("a", "m")],
    )
    assert connection_error(net, "b", "m") is None
    assert "loop" in connection_error(net, "m", "a")
    assert "takes one input" in connection_error(net, "b", "a")
    assert "already connected" in connection_error(chain("Input", "Flatten"), "n0", "n1")
