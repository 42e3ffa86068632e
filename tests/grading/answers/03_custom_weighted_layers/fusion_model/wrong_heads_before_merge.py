# Misconception: each sensor gets its own score, and the merge mixes the three scores (a
# Dense(1) on each branch, none after the merge) (explained by structure, no table entry)
# Expect: fail "your model has an extra Dense\(1\) between the output of the accelerometer branch"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    heads = [keras.layers.Dense(1)(keras.layers.Dense(4, activation="relu")(s)) for s in sensors]
    return keras.Model(sensors, merge(heads))
