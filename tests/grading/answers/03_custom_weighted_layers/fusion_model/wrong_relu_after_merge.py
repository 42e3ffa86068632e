# Misconception: a merge is a layer like Dense, so an activation follows it (a tanh
# squashes the mix the head should read as it is)
# (explained by structure: the activation changed in the task's architecture, no table entry)
# Expect: fail "fused \(WeightedMerge on accelerometer_branch and gyroscope_branch and magnetometer_branch\) has a tanh"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    fused = keras.layers.Activation("tanh")(merge(branches))
    return keras.Model(sensors, keras.layers.Dense(1)(fused))
