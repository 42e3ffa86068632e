# Alternative: a helper function makes each input and its branch; layers created before use
# Expect: pass
def _sensor(width, name):
    x = keras.Input(shape=(width,), name=name)
    return x, keras.layers.Dense(units=4, activation=keras.activations.relu)(x)


def build_fusion_model(merge):
    head = keras.layers.Dense(1, activation=None)
    pairs = [_sensor(3, "acc"), _sensor(5, "gyro"), _sensor(7, "mag")]
    inputs = [p[0] for p in pairs]
    return keras.Model(inputs, head(merge([p[1] for p in pairs])))
