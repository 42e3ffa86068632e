# Misconception: the branches can be gathered in any fixed order, here sorted by name (the
# columns must follow the Concatenate: speed, heat, noise) (explained from the fused
# weights by fusing_layers.side_by_side, no table entry).
# Expect: fail "side by side in the order 'heat', 'noise', 'speed', not in the order"
def fuse_branches(branches):
    dense = sorted(
        (layer for layer in branches.layers if isinstance(layer, keras.layers.Dense)),
        key=lambda layer: layer.name,
    )
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights(
        [
            np.concatenate([layer.kernel.numpy() for layer in dense], axis=-1),
            np.concatenate([layer.bias.numpy() for layer in dense]),
        ]
    )
    return model
