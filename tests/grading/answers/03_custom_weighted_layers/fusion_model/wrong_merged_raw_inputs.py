# Misconception: the merge can mix the raw sensors directly, before any branch.
# Expect: fail "merge was called on tensors of different shapes"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    fused = merge(sensors)
    hidden = keras.layers.Dense(4, activation="relu")(fused)
    return keras.Model(sensors, keras.layers.Dense(1)(hidden))
