# Misconception: any map becomes a vector with Flatten, whatever the task (it keeps all
# 5 × 5 values, and the head gets 20 more weights).
# Expect: fail "the pattern map was flattened"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    patterns = keras.layers.Flatten()(pattern_net(readings, training=False))
    merged = keras.layers.Concatenate()([features, patterns])
    alarm = keras.layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model(readings, alarm)
