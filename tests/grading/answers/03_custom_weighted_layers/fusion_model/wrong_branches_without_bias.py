# Misconception: the merge adds its own weights, so the branches need no bias
# (each branch loses its 4 biases: 12 parameters fewer).
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\), the task.s layer has one"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4, activation="relu", use_bias=False)(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(branches)))
