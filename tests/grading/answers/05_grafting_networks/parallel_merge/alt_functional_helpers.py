# Alternative: the lower-case functional helper, every layer frozen one by one, other names.
# Expect: pass
def build_alarm_model(base, pattern_net):
    for network in (base, pattern_net):
        for layer in network.layers:
            layer.trainable = False
    inputs = keras.Input((8,))
    cut = keras.Model(base.input, base.get_layer("features").output)
    seen = keras.layers.concatenate(
        [cut(inputs), keras.layers.GlobalMaxPooling1D()(pattern_net(inputs))], axis=-1
    )
    return keras.Model(
        inputs=inputs, outputs=keras.layers.Dense(units=1, activation="sigmoid")(seen)
    )
