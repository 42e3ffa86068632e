# Misconception: each network gets its own input
# Expect: fail
import keras


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    a = keras.Input(shape=(8,))
    b = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(b))
    merged = keras.layers.Concatenate()([extractor(a), patterns])
    return keras.Model([a, b], keras.layers.Dense(1, activation="sigmoid")(merged))
