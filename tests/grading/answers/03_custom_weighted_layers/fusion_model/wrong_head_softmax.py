# Misconception: the model scores the sensors, so its head ends in a softmax (on one unit
# a softmax is always 1, whatever the sensors say) (explained by structure: the activation
# changed in the task's architecture, no table entry)
# Expect: fail "head \(Dense\(1\) on fused\) has a softmax where the task asks for no activation"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    fused = merge(branches)
    output = keras.layers.Dense(1, activation="softmax")(fused)
    return keras.Model(sensors, output)
