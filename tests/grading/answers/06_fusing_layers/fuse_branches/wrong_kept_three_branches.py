# Misconception: copies of the branches, concatenated, are the fused model.
# (explained by fusing_layers.check_one_layer, no table entry)
# Expect: fail "Received: +3 layers with weights"
def fuse_branches(branches):
    readings = keras.Input(shape=(6,))
    outputs = []
    for name in ("speed", "heat", "noise"):
        old = branches.get_layer(name)
        new = keras.layers.Dense(old.units, activation="relu")
        outputs.append(new(readings))
        new.set_weights(old.get_weights())
    return keras.Model(readings, keras.layers.Concatenate()(outputs))
