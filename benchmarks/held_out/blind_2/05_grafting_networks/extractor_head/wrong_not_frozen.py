# Misconception: the trained weights are kept anyway, so no need to freeze
# Expect: fail
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    x = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(x))
