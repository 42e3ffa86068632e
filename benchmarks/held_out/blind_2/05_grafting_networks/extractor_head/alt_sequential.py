# Alternative: a Sequential of the frozen extractor and the head
# Expect: pass
import keras


def build_service_model(base):
    extractor = keras.Model(base.input, base.layers[-2].output)
    extractor.trainable = False
    return keras.Sequential([keras.Input(shape=(8,)), extractor, keras.layers.Dense(2, activation="softmax")])
