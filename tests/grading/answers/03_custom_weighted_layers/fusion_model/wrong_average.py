# Misconception: Average is a weighted merge too (its weights are fixed and equal).
# Expect: fail "a layer without weights \(Average, Add\)"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    fused = keras.layers.Average()(branches)
    return keras.Model(sensors, keras.layers.Dense(1)(fused))
