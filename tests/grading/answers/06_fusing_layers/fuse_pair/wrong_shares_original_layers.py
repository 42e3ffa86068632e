# Misconception: a new model made of the given layers is a new, separate model.
# (explained by fusing_layers.check_own_variables, no table entry)
# Expect: fail "sharing instead of new variables"
def fuse_pair(pair):
    readings = keras.Input(shape=(6,))
    scores = pair.get_layer("second")(pair.get_layer("first")(readings))
    return keras.Model(readings, scores)
