# Misconception: the fused weights of this network, computed once, can be kept in the code.
# (explained by fusing_layers.given_weights on a second network with other weights, no table entry)
# Expect: fail "do not come from the network given to the function"
_given = load_branches()
_parts = [_given.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
KERNEL = np.concatenate([k for k, _ in _parts], axis=-1)
BIAS = np.concatenate([b for _, b in _parts])


def fuse_branches(branches):
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights([KERNEL, BIAS])
    return model
