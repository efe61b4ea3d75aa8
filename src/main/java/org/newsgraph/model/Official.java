package org.newsgraph.model;

import java.util.List;

/** A person introduced with one or more posts: 省委常委、市委书记【韦韬】. */
public record Official(Mention person, List<Post> posts) {

    public Official {
        posts = List.copyOf(posts);
    }
}
