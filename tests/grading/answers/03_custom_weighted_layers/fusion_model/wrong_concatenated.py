# Misconception: "merging" branches means concatenating them, whatever layer is offered.
# Expect: fail "concatenated side by side"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    joined = keras.layers.Concatenate()(branches)
    return keras.Model(sensors, keras.layers.Dense(1)(joined))
