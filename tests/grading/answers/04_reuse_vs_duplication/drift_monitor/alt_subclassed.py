# Alternative: a subclassed model holding the encoder and its snapshot (from_config of the
# whole model, then set_weights).
# Expect: pass
class DriftMonitor(keras.Model):
    def __init__(self, encoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        config = encoder.get_config()
        config["name"] = "snapshot"
        self.snapshot = keras.Sequential.from_config(config)
        self.snapshot.set_weights(encoder.get_weights())
        self.snapshot.trainable = False

    def call(self, inputs):
        return self.encoder(inputs) - self.snapshot(inputs)


def build_drift_monitor(encoder):
    model = DriftMonitor(encoder)
    model(keras.Input(shape=(8,)))
    return model
