# Misconception: the original branches, called on a new input, make a new model of their own.
# (explained by fusing_layers.check_own_variables, no table entry)
# Expect: fail "sharing instead of new variables"
def fuse_branches(branches):
    readings = keras.Input(shape=(6,))
    outputs = [branches.get_layer(n)(readings) for n in ("speed", "heat", "noise")]
    return keras.Model(readings, keras.layers.Concatenate()(outputs))
