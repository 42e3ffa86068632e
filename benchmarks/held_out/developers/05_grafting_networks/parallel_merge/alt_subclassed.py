# Alternative: a subclassed Model holding both networks, the pooling and the head
# Expect: pass
class Alarm(keras.Model):
    def __init__(self, extractor, pattern_net, **kwargs):
        super().__init__(**kwargs)
        self.extractor = extractor
        self.pattern_net = pattern_net
        self.pool = keras.layers.GlobalMaxPooling1D()
        self.merge = keras.layers.Concatenate()
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, x):
        a = self.extractor(x, training=False)
        b = self.pool(self.pattern_net(x, training=False))
        return self.head(self.merge([a, b]))


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, Alarm(extractor, pattern_net)(x))
