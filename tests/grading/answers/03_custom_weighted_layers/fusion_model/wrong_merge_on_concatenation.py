# Misconception: a merge takes one tensor holding everything, so the branches are
# concatenated first and the merge is called on that (it needs the list of branches)
# (explained from the merge's own error, no table entry)
# Expect: fail "the merge was called on one tensor, of shape \(None, 12\), not on a list"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    joined = keras.layers.Concatenate()(branches)
    return keras.Model(sensors, keras.layers.Dense(1)(merge(joined)))
