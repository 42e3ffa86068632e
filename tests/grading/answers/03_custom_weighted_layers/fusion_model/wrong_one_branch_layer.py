# Misconception: "its own Dense(4) branch" can be one Dense(4) called on every sensor
# (one layer's kernel fits one input width: 3, not 5 or 7) (explained from Keras's error by
# keras_errors, no table entry)
# Expect: fail "one layer instance is reused on inputs of different widths"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branch = keras.layers.Dense(4, activation="relu")
    return keras.Model(sensors, keras.layers.Dense(1)(merge([branch(s) for s in sensors])))
