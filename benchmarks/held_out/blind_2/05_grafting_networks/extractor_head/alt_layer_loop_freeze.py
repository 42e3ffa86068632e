# Alternative: frozen layer by layer in a loop over the three layer names
# Expect: pass
import keras


def build_service_model(base):
    for name in ("hidden", "norm", "features"):
        base.get_layer(name).trainable = False
    extractor = keras.Model(base.get_layer("hidden").input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    head = keras.layers.Dense(2, activation="softmax", name="service")
    return keras.Model(readings, head(extractor(readings)))
