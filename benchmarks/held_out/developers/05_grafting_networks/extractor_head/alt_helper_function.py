# Alternative: helper functions for the cut and the head
# Expect: pass
def cut(model, name):
    out = keras.Model(model.input, model.get_layer(name).output, name=f"cut_at_{name}")
    out.trainable = False
    return out


def head(units):
    return keras.layers.Dense(units, activation="softmax", name="service")


def build_service_model(base):
    inputs = keras.Input(shape=(8,), name="sensor_readings")
    return keras.Model(inputs, head(2)(cut(base, "features")(inputs)), name="service_model")
