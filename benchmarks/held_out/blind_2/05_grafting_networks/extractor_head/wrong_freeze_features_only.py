# Misconception: freezing the layer you cut at freezes everything below it
# Expect: fail
import keras


def build_service_model(base):
    base.get_layer("features").trainable = False
    extractor = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
