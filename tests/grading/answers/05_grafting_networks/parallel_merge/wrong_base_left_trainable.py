# Misconception: a cut model is a new network, so the base's layers in it start frozen
# (they are the base's own, trainable layers).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "(?m)Received: +trains 'hidden' \(Dense\), 'norm' \(BatchNormalization\), 'features' \(Dense\)$"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings, training=False), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
