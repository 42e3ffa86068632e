# Misconception: counted layers from the end and took layers[-3], landing on "norm"
# Expect: fail
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.layers[-3].output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
