# Misconception: every Dense layer gets a relu (the head gives a score that may be
# negative: no activation).
# (explained by structure, no table entry)
# Expect: fail "head \(Dense\(1\) on fused\) has a relu where the task asks for no activation"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1, activation="relu")(merge(branches)))
