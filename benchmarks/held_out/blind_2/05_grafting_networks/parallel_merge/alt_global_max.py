# Alternative: GlobalMaxPooling1D, both networks frozen, training=False on the calls
# Expect: pass
import keras


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output, name="extractor")
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings, training=False))
    merged = keras.layers.Concatenate()([features, patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
