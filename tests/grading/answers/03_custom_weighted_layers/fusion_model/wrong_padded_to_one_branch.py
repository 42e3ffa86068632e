# Misconception: padding every reading to 7 values lets one Dense(4, relu) serve the three sensors (explained by structure: structure._shared_instead reads the graphs' call counts, no table entry)
# Expect: fail "Dense\(4, activation=.relu.\) is shared: one layer instance serves 3 places.*your model has a Lambda reading the accelerometer input"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branch = keras.layers.Dense(4, activation="relu")
    padded = [
        keras.layers.Lambda(lambda t, n=n: keras.ops.pad(t, [[0, 0], [0, 7 - n]]))(s)
        for s, n in zip(sensors, (3, 5, 7), strict=True)
    ]
    return keras.Model(sensors, keras.layers.Dense(1)(merge([branch(p) for p in padded])))
