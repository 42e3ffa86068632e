# Alternative: Sequential.from_config of the encoder's config under another name, then its values
# Expect: pass
def build_drift_monitor(encoder):
    config = encoder.get_config()
    config["name"] = "snapshot"
    snapshot = keras.Sequential.from_config(config)
    snapshot.set_weights(encoder.get_weights())
    for layer in snapshot.layers:
        layer.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
