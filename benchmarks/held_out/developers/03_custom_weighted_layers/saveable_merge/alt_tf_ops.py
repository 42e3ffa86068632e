# Alternative: TensorFlow ops, keras.utils.register_keras_serializable, explicit config keys
# Expect: pass
import tensorflow as tf


@keras.utils.register_keras_serializable()
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super(WeightedMerge, self).__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        first = input_shape[0]
        for i, shape in enumerate(input_shape):
            if tuple(shape) != tuple(first):
                raise ValueError(
                    f"input {i} has shape {tuple(shape)}, but input 0 has shape {tuple(first)}"
                )
        self.w = self.add_weight(name="w", shape=(len(input_shape),), initializer="zeros", trainable=True)
        super().build(input_shape)

    def call(self, inputs):
        mix = tf.nn.softmax(self.w / self.temperature)
        return tf.add_n([mix[i] * x for i, x in enumerate(inputs)])

    def get_config(self):
        base = super().get_config()
        return dict(list(base.items()) + [("temperature", self.temperature)])


def load_merge_model(path):
    return keras.models.load_model(path, compile=False)
