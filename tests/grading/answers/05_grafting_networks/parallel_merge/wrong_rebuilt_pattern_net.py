# Misconception: a network rebuilt from its config and given set_weights(get_weights())
# is the trained network (it is a copy: new variables that only start equal).
# Expect: fail "new variables that only start with the same values .a copy made by set_weights"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    twin = keras.Model.from_config(pattern_net.get_config())
    twin.set_weights(pattern_net.get_weights())
    twin.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    patterns = keras.layers.GlobalMaxPooling1D()(twin(readings, training=False))
    merged = keras.layers.Concatenate()([features, patterns])
    alarm = keras.layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model(readings, alarm)
