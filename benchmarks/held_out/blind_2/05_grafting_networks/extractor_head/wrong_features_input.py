# Misconception: took get_layer("features").input as "the features"
# Expect: fail
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").input)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
